package th.ita.portal.web.cache;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths of the pages the cache keeps: the mappings of the handlers marked
 * {@link CachedPublicPage}, read from Spring MVC's handler mappings once they are built, and
 * matched as Spring MVC matches them ({@link PathPattern}). Until then nothing is cached.
 */
@Component
class CachedPaths implements SmartInitializingSingleton {

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	private volatile List<PathPattern> patterns = List.of();

	CachedPaths(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.patterns = this.mappings.orderedStream()
			.flatMap((mapping) -> mapping.getHandlerMethods().entrySet().stream())
			.filter((handler) -> handler.getValue().hasMethodAnnotation(CachedPublicPage.class))
			.flatMap((handler) -> handler.getKey().getPatternValues().stream())
			.distinct()
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	/**
	 * Whether a path (the request URI without the context path, as sent) is one of a kept page. A
	 * path with a {@code ;} (path parameters, a session id) or {@code %} (escapes) is not: it is
	 * left to the application rather than kept under one more spelling of a page.
	 */
	boolean matches(String path) {
		if (path.indexOf(';') >= 0 || path.indexOf('%') >= 0) {
			return false;
		}
		PathContainer container = PathContainer.parsePath(path);
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(container)) {
				return true;
			}
		}
		return false;
	}

	/** The patterns, as declared (for tests and the curious). */
	List<String> patterns() {
		return this.patterns.stream().map(PathPattern::getPatternString).toList();
	}

}

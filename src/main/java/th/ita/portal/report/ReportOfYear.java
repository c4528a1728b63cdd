package th.ita.portal.report;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import th.ita.portal.common.NotFoundException;

/**
 * A handler that takes a {@link Report} gets the default agency's report of the {@code {year}} in
 * its path, read once per request (as petclinic's {@code findOwner}); an unknown year is a 404.
 * Services take the report they are given and never look the year up again. A handler of one
 * record of the year (a measure, a plan, an item, its evidence) takes no report: its service finds
 * the record together with its report, in one statement, which costs less than the two.
 */
@Configuration(proxyBeanMethods = false)
class ReportOfYear implements WebMvcConfigurer {

	private static final String RESOLVED = ReportOfYear.class.getName() + ".report";

	private final PublishedReports reports;

	ReportOfYear(PublishedReports reports) {
		this.reports = reports;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new Resolver());
	}

	private final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Report.class;
		}

		@Override
		public Report resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			Object resolved = request.getAttribute(RESOLVED, RequestAttributes.SCOPE_REQUEST);
			if (resolved instanceof Report report) {
				return report;
			}
			Report report = ReportOfYear.this.reports.ofYear(year(request));
			request.setAttribute(RESOLVED, report, RequestAttributes.SCOPE_REQUEST);
			return report;
		}

		private static int year(NativeWebRequest request) {
			@SuppressWarnings("unchecked")
			Map<String, String> variables = (Map<String, String>) request.getNativeRequest(HttpServletRequest.class)
				.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			String year = (variables == null) ? null : variables.get("year");
			try {
				return Integer.parseInt(year);
			}
			catch (NumberFormatException ex) {
				throw new NotFoundException("report " + year);
			}
		}

	}

}

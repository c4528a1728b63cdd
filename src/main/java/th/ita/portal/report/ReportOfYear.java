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
 * The parameter says whose page it is: {@link PublicYear} (a year not yet published is unknown)
 * or {@link StaffYear} (every opened year); a bare {@code Report} parameter is a programming
 * error, refused at the first request, so no page can forget to choose. The years the page's
 * switcher links ({@link AgencyYears}, read in the same statement) go into the model as
 * {@value AgencyYears#MODEL}.
 * <p>
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

	static Audience audience(MethodParameter parameter) {
		boolean forPublic = parameter.hasParameterAnnotation(PublicYear.class);
		boolean forStaff = parameter.hasParameterAnnotation(StaffYear.class);
		if (forPublic == forStaff) {
			throw new IllegalStateException("A Report parameter says either @PublicYear or @StaffYear: " + parameter);
		}
		return forPublic ? Audience.PUBLIC : Audience.STAFF;
	}

	private final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Report.class;
		}

		@Override
		public Report resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			Audience audience = audience(parameter);
			String key = RESOLVED + "." + audience;
			PublishedReports.OfYear found = (PublishedReports.OfYear) request.getAttribute(key,
					RequestAttributes.SCOPE_REQUEST);
			if (found == null) {
				found = ReportOfYear.this.reports.ofYear(year(request), audience);
				request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST);
			}
			if (container != null) {
				container.addAttribute(AgencyYears.MODEL, found.years());
			}
			return found.report();
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

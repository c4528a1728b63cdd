package th.ita.portal.agency;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import th.ita.portal.common.NotFoundException;

/**
 * The agency of the current request: resolved once from the Host (after the trusted-proxy rules)
 * by {@link AgencyFilter} and kept as a request attribute. Every query of an agency's data is
 * scoped with {@link #id()}.
 */
@Component
public class CurrentAgency {

	/** The request attribute that holds the request's {@link AgencyRef}. */
	public static final String ATTRIBUTE = CurrentAgency.class.getName();

	private final AgencyDirectory directory;

	CurrentAgency(AgencyDirectory directory) {
		this.directory = directory;
	}

	/** The current request's agency; a request no served agency answers is a 404. */
	public AgencyRef ref() {
		AgencyRef agency = find();
		if (agency == null || !agency.enabled()) {
			throw new NotFoundException("agency");
		}
		return agency;
	}

	public long id() {
		return ref().id();
	}

	/** Whether this request is answered by an enabled agency (outside a request: false). */
	public boolean isPresent() {
		AgencyRef agency = find();
		return agency != null && agency.enabled();
	}

	/** The request's agency, enabled or not, or null (outside a request, or for a host none claims). */
	AgencyRef find() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return null;
		}
		return resolve(servlet.getRequest());
	}

	/** Resolves the request's agency once and keeps it on the request. */
	AgencyRef resolve(HttpServletRequest request) {
		Object kept = request.getAttribute(ATTRIBUTE);
		if (kept instanceof AgencyRef agency) {
			return agency;
		}
		AgencyRef agency = this.directory.byHost(request.getServerName()).orElse(null);
		if (agency != null) {
			request.setAttribute(ATTRIBUTE, agency);
		}
		return agency;
	}

}

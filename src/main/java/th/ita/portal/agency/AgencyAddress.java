package th.ita.portal.agency;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The public address of the request's agency, for links that leave the portal (the OIT answer
 * sheet): the scheme of the request (a trusted proxy's X-Forwarded-Proto included), the agency's
 * first host name (domain names before IP literals), and the request's port when it is not the
 * scheme's own. Never built from the request's Host, which anyone can forge.
 */
@Component
public class AgencyAddress {

	private final CurrentAgency current;

	private final AgencyDirectory directory;

	AgencyAddress(CurrentAgency current, AgencyDirectory directory) {
		this.current = current;
		this.directory = directory;
	}

	/** E.g. {@code https://ita.example.go.th} or {@code http://localhost:8080}, without a trailing slash. */
	public String base() {
		long agencyId = this.current.id();
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String host = this.directory.hosts(agencyId).stream().findFirst()
			.orElseGet(() -> AgencyHosts.normalise(request.getServerName()));
		String scheme = request.isSecure() ? "https" : "http";
		int port = request.getServerPort();
		boolean usual = port <= 0 || (port == 443 && request.isSecure()) || (port == 80 && !request.isSecure());
		String name = host.contains(":") ? "[" + host + "]" : host;
		return scheme + "://" + name + (usual ? "" : ":" + port);
	}

}

package th.ita.portal.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session across MockMvc requests. The portal's sessions are Spring Session's, rows in
 * PostgreSQL named by the {@code JSESSIONID} cookie, so MockMvc's own session objects do not carry
 * them: send each request {@code .with(session)} and take its answer {@code .andDo(session)}, as
 * a browser sends and keeps the cookie.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

	public static final String NAME = "JSESSIONID";

	private String value;

	/** The session a response started or renewed. */
	public static SessionCookie of(MvcResult result) {
		SessionCookie session = new SessionCookie();
		session.handle(result);
		return session;
	}

	/** The session's id as the cookie names it, or null before there is one. */
	public String value() {
		return this.value;
	}

	/** The session's id in the session store (the cookie carries it in base64). */
	public static String sessionId(String cookieValue) {
		return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.US_ASCII);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (this.value != null) {
			List<Cookie> cookies = new ArrayList<>();
			if (request.getCookies() != null) {
				cookies.addAll(List.of(request.getCookies()));
			}
			cookies.add(new Cookie(NAME, this.value));
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}

	/** Keeps the last session cookie a response set (a sign-in may set the old id, then the new one). */
	@Override
	public void handle(MvcResult result) {
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (NAME.equals(cookie.getName())) {
				this.value = (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) ? null : cookie.getValue();
			}
		}
	}

}

package th.ita.portal.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one link the safe way (see docs/linkcheck.md): only addresses {@link LinkAddress} accepts,
 * connected through {@link GuardedResolver} (no internal address, checked after resolution and
 * pinned), redirects followed by hand (at most five, each hop checked again), timeouts on every
 * connect and read, at most {@link LinkCheckSettings#MAX_BODY_BYTES} of a body read, and at most
 * {@code concurrency} connections open. {@link #check} asks with HEAD and reads a GET's first bytes
 * only where HEAD is refused or the page is HTML (a sign-in form); {@link #proof} always reads them
 * and hashes them.
 */
final class LinkChecker implements AutoCloseable {

	private final LinkCheckSettings settings;

	private final Set<Integer> loopbackPorts;

	private final Clock clock;

	private final PoolingHttpClientConnectionManager connections;

	private final CloseableHttpClient client;

	private final GuardedResolver.TimedNames lookups;

	LinkChecker(LinkCheckSettings settings, GuardedResolver.Names names, Set<Integer> loopbackPorts, Clock clock) {
		this.settings = settings;
		this.loopbackPorts = Set.copyOf(loopbackPorts);
		this.clock = clock;
		Timeout timeout = Timeout.of(settings.timeout());
		this.lookups = new GuardedResolver.TimedNames(names, settings.timeout(), settings.concurrency());
		this.connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(new GuardedResolver(this.lookups, loopbackPorts))
			.setMaxConnTotal(settings.concurrency())
			.setMaxConnPerRoute(settings.concurrency())
			.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
			.build();
		this.client = HttpClients.custom()
			.setConnectionManager(this.connections)
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.setUserAgent("ITA-Portal-LinkCheck/1.0")
			.setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout)
				.setResponseTimeout(timeout).setRedirectsEnabled(false).setProtocolUpgradeEnabled(false).build())
			.build();
	}

	/** The most HTTP connections this checker holds at once. */
	int maxConnections() {
		return this.connections.getMaxTotal();
	}

	/** Whether the link serves its page now: HEAD, and a GET's first bytes where HEAD is not enough. */
	LinkAnswer check(String url) {
		return fetch(url, false);
	}

	/** The link's answer now with the first bytes of its body read and hashed: proof of what it served. */
	LinkAnswer proof(String url) {
		return fetch(url, true);
	}

	private LinkAnswer fetch(String url, boolean get) {
		Instant at = this.clock.instant();
		LinkAddress address = LinkAddress.of(url, this::portAllowed);
		if (address.refused()) {
			return LinkAnswer.refused(address.refusal(), at);
		}
		URI current = address.uri();
		boolean useGet = get;
		int redirects = 0;
		while (true) {
			if (SignInPages.signInHost(current)) {
				return LinkAnswer.broken(LinkReason.SIGN_IN_PAGE, null, current.toString(), null, at);
			}
			Hop hop;
			try {
				hop = exchange(current, useGet);
			}
			catch (IOException ex) {
				return failed(ex, current, at);
			}
			if (hop.redirect()) {
				if (redirects == LinkCheckSettings.MAX_REDIRECTS) {
					return LinkAnswer.broken(LinkReason.TOO_MANY_REDIRECTS, hop.status, current.toString(), null, at);
				}
				LinkAddress next = LinkAddress.redirect(current, hop.location, this::portAllowed);
				if (next.refused()) {
					return new LinkAnswer(LinkStatus.REFUSED, next.refusal(), hop.status, current.toString(), null,
							null, null, at);
				}
				redirects++;
				current = next.uri();
				continue;
			}
			if (!useGet && hop.wantsGet()) {
				useGet = true;
				continue;
			}
			return hop.answer(current, at);
		}
	}

	private boolean portAllowed(int port) {
		return this.settings.portAllowed(port) || this.loopbackPorts.contains(port);
	}

	private static LinkAnswer failed(IOException ex, URI current, Instant at) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnsafeAddresses.Refused) {
				return new LinkAnswer(LinkStatus.REFUSED, LinkReason.UNSAFE_ADDRESS, null, current.toString(), null,
						null, null, at);
			}
		}
		LinkReason reason = ex instanceof GuardedResolver.SlowName ? LinkReason.TIMEOUT
				: ex instanceof UnknownHostException ? LinkReason.UNKNOWN_HOST
				: ex instanceof InterruptedIOException ? LinkReason.TIMEOUT : LinkReason.CONNECT_FAILED;
		return LinkAnswer.broken(reason, null, current.toString(), null, at);
	}

	private Hop exchange(URI uri, boolean get) throws IOException {
		HttpUriRequestBase request = get ? new HttpGet(uri) : new HttpHead(uri);
		request.setHeader("Accept", "*/*");
		try (ClassicHttpResponse response = this.client.executeOpen(null, request, null)) {
			Header location = response.getFirstHeader("Location");
			HttpEntity entity = response.getEntity();
			String type = entity != null && entity.getContentType() != null ? entity.getContentType()
					: headerValue(response.getFirstHeader("Content-Type"));
			Hop hop = new Hop(response.getCode(), location == null ? null : location.getValue(), type, get);
			if (get && entity != null && !hop.redirect()) {
				try (InputStream body = entity.getContent()) {
					hop.read(body, this.settings.timeout().toMillis() * 2);
				}
				finally {
					request.cancel(); // never read the rest: the connection is dropped, not drained
				}
			}
			return hop;
		}
	}

	private static String headerValue(Header header) {
		return header == null ? null : header.getValue();
	}

	@Override
	public void close() throws IOException {
		this.client.close();
		this.lookups.close();
	}

}

package th.ita.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

import th.ita.portal.support.BrokenPage;

/**
 * What {@link BrowserPoliciesHttpTest} adds to the portal: a page that fails in the database (a
 * realistic 500, with SQL in its exception), a count of the requests that reach the servlet filters
 * at all (so a test can tell the page cache's valve answered), and a storage directory of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(BrokenPage.class)
class TestPages {

	static final String BROKEN = BrokenPage.PATH;

	static final AtomicInteger REACHED_FILTERS = new AtomicInteger();

	static final Path STORAGE = storage();

	@Bean
	FilterRegistrationBean<Filter> requestsReachingTheFilters() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			REACHED_FILTERS.incrementAndGet();
			chain.doFilter(request, response);
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static Path storage() {
		try {
			Path dir = Files.createTempDirectory("ita-policies-test");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

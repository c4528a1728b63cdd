package th.ita.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import th.ita.portal.ItaPortalApplication;

/**
 * One instance of the portal in this test's JVM: its own Spring application context and Tomcat on
 * a port of its own, on a database it may share with other instances. Several of them on one
 * database are a cluster without a balancer: a test sends each request to the instance it means.
 */
public final class Instance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final int port;

	private Instance(ConfigurableApplicationContext context, int port) {
		this.context = context;
		this.port = port;
	}

	/**
	 * Starts instances at the same moment (each on its own thread), and waits for all of them. Each
	 * begins once the one before has set up logging (which is one per JVM and not safe to set up
	 * twice at once); their database work (migrations, the first admin) then runs side by side.
	 */
	public static List<Instance> startTogether(String databaseUrl, List<Integer> ports, String... properties) {
		List<CompletableFuture<Instance>> starting = new ArrayList<>();
		CountDownLatch previous = new CountDownLatch(0);
		for (int port : ports) {
			CountDownLatch waitFor = previous;
			CountDownLatch prepared = new CountDownLatch(1);
			starting.add(CompletableFuture.supplyAsync(() -> {
				await(waitFor);
				return start(databaseUrl, port, prepared, properties);
			}));
			previous = prepared;
		}
		return starting.stream().map(CompletableFuture::join).toList();
	}

	public static Instance start(String databaseUrl, int port, String... properties) {
		return start(databaseUrl, port, new CountDownLatch(1), properties);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Instance start(String databaseUrl, int port, CountDownLatch prepared, String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=" + port, "spring.datasource.url=" + databaseUrl,
				"spring.datasource.username=" + TestDatabase.user(), "spring.datasource.password=" + TestDatabase.password(),
				// Each instance logs as the tests do, and names itself in the database's activity.
				"spring.datasource.hikari.data-source-properties.ApplicationName=ita-portal-" + port));
		all.addAll(List.of(properties));
		// As arguments, which outrank the run's own database set as system properties (TestDatabase).
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaPortalApplication.class)
			.listeners(event -> {
				if (event instanceof ApplicationPreparedEvent) {
					prepared.countDown();
				}
			})
			.profiles("test")
			.run(all.stream().map(property -> "--" + property).toArray(String[]::new));
		return new Instance(context, port);
	}

	public int port() {
		return this.port;
	}

	public PortalHttp reader() {
		return PortalHttp.on(this.port);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}

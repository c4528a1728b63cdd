package th.ita.portal.web.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears other instances' publishes: {@code LISTEN} on a connection of its own (outside the pool,
 * which it would otherwise hold for ever), in one background thread. Each notification from another
 * instance starts a new generation here, of the agency it names (its pages are rendered afresh,
 * the other agencies' stay kept), or a global one when it names none or cannot be read. While the connection is down, the cache is not trusted (every page is rendered)
 * and the listener reconnects, waiting twice as long after each failure up to {@link #MAX_BACKOFF};
 * once it hears again it starts a new generation, since it may have missed a publish meanwhile.
 */
@Component
public class PublishListener implements SmartLifecycle {

	static final Duration POLL = Duration.ofMillis(500);

	/** A quiet connection is checked this often, so a silently dead one is noticed. */
	static final Duration CHECK_EVERY = Duration.ofSeconds(5);

	static final Duration MIN_BACKOFF = Duration.ofMillis(100);

	static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(PublishListener.class);

	private final PublishGeneration generation;

	private final PublishNotifications notifications;

	private final ApplicationEventPublisher events;

	private final String url;

	private final Properties credentials = new Properties();

	private volatile boolean running;

	private volatile boolean connected;

	private volatile Connection connection;

	private Thread thread;

	PublishListener(PublishGeneration generation, PublishNotifications notifications, ApplicationEventPublisher events,
			@Value("${spring.datasource.url}") String url, @Value("${spring.datasource.username:}") String user,
			@Value("${spring.datasource.password:}") String password) {
		this.generation = generation;
		this.notifications = notifications;
		this.events = events;
		this.url = url;
		if (!user.isEmpty()) {
			this.credentials.setProperty("user", user);
		}
		if (!password.isEmpty()) {
			this.credentials.setProperty("password", password);
		}
		this.credentials.setProperty("connectTimeout", "5");
		this.credentials.setProperty("ApplicationName", "ita-portal publish listener");
	}

	/** Whether this instance hears publishes now (its page cache is trusted only then). */
	public boolean connected() {
		return this.connected;
	}

	/** The PostgreSQL process id of the listening connection, or 0 when there is none (for tests and operators). */
	public int backendPid() {
		Connection c = this.connection;
		try {
			return (c == null) ? 0 : c.unwrap(PGConnection.class).getBackendPID();
		}
		catch (SQLException ex) {
			return 0;
		}
	}

	@Override
	public void start() {
		this.running = true;
		// The first connection is made before the portal answers anyone, so it starts trusted.
		tryConnect();
		this.thread = new Thread(this::listen, "publish-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(POLL.toMillis() * 4);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		lost(null);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		Duration backoff = MIN_BACKOFF;
		long lastCheck = System.nanoTime();
		while (this.running) {
			if (this.connection == null && !tryConnect()) {
				sleep(backoff);
				backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
				continue;
			}
			backoff = MIN_BACKOFF;
			try {
				PGNotification[] heard = this.connection.unwrap(PGConnection.class)
					.getNotifications((int) POLL.toMillis());
				if (heard != null && heard.length > 0) {
					lastCheck = System.nanoTime();
					heard(heard);
				}
				else if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
					lastCheck = System.nanoTime();
					try (Statement check = this.connection.createStatement()) {
						check.execute("select 1");
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					lost(ex);
				}
			}
		}
	}

	private void heard(PGNotification[] heard) {
		boolean others = false;
		boolean agencies = false;
		boolean everyAgency = false;
		Set<Long> changed = new HashSet<>();
		for (PGNotification notification : heard) {
			String payload = notification.getParameter();
			if (!payload.startsWith(this.notifications.instance())) {
				others = true;
				agencies |= payload.endsWith(PublishNotifications.AGENCIES);
				Long agency = PublishNotifications.agencyOf(payload);
				if (agency != null) {
					changed.add(agency);
				}
				else {
					everyAgency = true;
				}
			}
		}
		if (others) {
			// What is read again is read before the new generation's first page is rendered.
			try {
				this.events.publishEvent(new PublicContentHeard(agencies));
			}
			finally {
				if (everyAgency) {
					this.generation.advance();
				}
				else {
					changed.forEach(this.generation::advance);
				}
			}
		}
	}

	private boolean tryConnect() {
		try {
			Connection c = DriverManager.getConnection(this.url, this.credentials);
			try (Statement listen = c.createStatement()) {
				listen.execute("listen " + PublishNotifications.CHANNEL);
			}
			this.connection = c;
			boolean wasLost = !this.connected;
			this.connected = true;
			this.generation.trust(true);
			if (wasLost) {
				this.events.publishEvent(new PublicContentHeard(true));
				log.info("Listening for publishes of other instances; the public page cache is in use");
			}
			return true;
		}
		catch (SQLException | RuntimeException ex) {
			lost(ex);
			return false;
		}
	}

	private void lost(Exception cause) {
		boolean was = this.connected;
		this.connected = false;
		this.generation.trust(false);
		Connection c = this.connection;
		this.connection = null;
		if (c != null) {
			try {
				c.close();
			}
			catch (SQLException ex) {
				log.debug("Closing the lost listening connection", ex);
			}
		}
		if (was && cause != null) {
			log.warn("Lost the connection that hears publishes ({}); rendering every public page until it is back",
					cause.getMessage());
		}
	}

	private static void sleep(Duration time) {
		try {
			Thread.sleep(time.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

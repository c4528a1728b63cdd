package th.ita.portal.web.cache;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code publishListener} in the readiness group: an instance that cannot hear other instances'
 * publishes still answers correctly (it renders every page), but the balancer should prefer others.
 */
@Component("publishListenerHealthIndicator")
class PublishListenerHealth implements HealthIndicator {

	private final PublishListener listener;

	PublishListenerHealth(PublishListener listener) {
		this.listener = listener;
	}

	@Override
	public Health health() {
		return this.listener.connected() ? Health.up().build() : Health.down().build();
	}

}

package th.ita.portal.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on {@code @Retryable}, which {@link th.ita.portal.common.RetriedOnLostRace} builds on. */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfig {

}

package th.ita.portal.linkcheck;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The link monitor's settings, and Spring's scheduler for its daily run. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(LinkCheckSettings.class)
class LinkCheckConfig {

}

package th.ita.portal.config;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.Location;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

	static final String DEMO_LOCATION = "classpath:db/demo";

	/** The second, sample agency of the demo (at sample.localhost), unless {@code ITA_DEMO_SAMPLE_AGENCY=false}. */
	static final String DEMO_SAMPLE_LOCATION = "classpath:db/demo-sample";

	@Bean
	static BeanPostProcessor databaseBootstrap() {
		return new DatabaseBootstrap();
	}

	/**
	 * Adds the demo agency's repeatable migration unless {@code ITA_DEMO=false}, and with it the
	 * sample agency's unless {@code ITA_DEMO_SAMPLE_AGENCY=false}.
	 */
	@Bean
	FlywayConfigurationCustomizer demoDataLocation(@Value("${ita.demo:true}") boolean demo,
			@Value("${ita.demo-sample-agency:true}") boolean sampleAgency) {
		return configuration -> {
			if (demo) {
				List<String> locations = new ArrayList<>();
				for (Location location : configuration.getLocations()) {
					locations.add(location.getDescriptor());
				}
				locations.add(DEMO_LOCATION);
				if (sampleAgency) {
					locations.add(DEMO_SAMPLE_LOCATION);
				}
				configuration.locations(locations.toArray(String[]::new));
			}
		};
	}

}

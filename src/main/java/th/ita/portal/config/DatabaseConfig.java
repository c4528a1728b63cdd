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

	@Bean
	static BeanPostProcessor databaseBootstrap() {
		return new DatabaseBootstrap();
	}

	/** Adds the demo agency's repeatable migration unless {@code ITA_DEMO=false}. */
	@Bean
	FlywayConfigurationCustomizer demoDataLocation(@Value("${ita.demo:true}") boolean demo) {
		return configuration -> {
			if (demo) {
				List<String> locations = new ArrayList<>();
				for (Location location : configuration.getLocations()) {
					locations.add(location.getDescriptor());
				}
				locations.add(DEMO_LOCATION);
				configuration.locations(locations.toArray(String[]::new));
			}
		};
	}

}

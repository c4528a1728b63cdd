package th.ita.portal.evidence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Puts {@link UploadLimitFilter} just ahead of Spring Security's filters (order -100). */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfig {

	static final int BEFORE_SECURITY = -101;

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(@Value("${ita.upload.max-size}") DataSize maxSize) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(maxSize));
		registration.addUrlPatterns("/staff/*");
		registration.setOrder(BEFORE_SECURITY);
		return registration;
	}

}

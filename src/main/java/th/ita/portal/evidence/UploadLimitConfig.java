package th.ita.portal.evidence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Puts {@link UploadLimitFilter} ahead of Spring Security's filters (order -100) and of the filter
 * that answers 400 to unreadable parameters (-101, web/RequestGuards), which would otherwise see
 * an oversize upload first.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfig {

	static final int BEFORE_SECURITY = -102;

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(@Value("${ita.upload.max-size}") DataSize maxSize) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(maxSize));
		registration.addUrlPatterns("/staff/*");
		registration.setOrder(BEFORE_SECURITY);
		return registration;
	}

}

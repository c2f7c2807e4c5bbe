package vn.atgt.thidua.monitoring.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.atgt.thidua.monitoring.NotificationService;

@Configuration(proxyBeanMethods = false)
class MonitoringWebConfig implements WebMvcConfigurer {

	private final NotificationService notifications;

	MonitoringWebConfig(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnreadCountInterceptor(notifications)).excludePathPatterns("/assets/**");
	}
}

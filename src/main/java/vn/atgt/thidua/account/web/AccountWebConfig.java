package vn.atgt.thidua.account.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MustChangePasswordInterceptor())
			.excludePathPatterns(MustChangePasswordInterceptor.PASSWORD_PAGE, "/logout", "/login", "/error",
					"/assets/**", "/public/**");
	}
}

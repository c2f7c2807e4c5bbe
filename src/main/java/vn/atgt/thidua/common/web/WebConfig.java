package vn.atgt.thidua.common.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.atgt.thidua.common.format.VietnameseDateFormatter;
import vn.atgt.thidua.common.format.VietnameseDecimalFormatter;

/**
 * Vietnamese by default, English with {@code ?lang=en}; Vietnamese dates and decimals in forms; the current user and a
 * clamped page as handler arguments; a list's results alone for htmx's filter and pager requests.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("THIDUA_LANG");
		resolver.setDefaultLocale(VIETNAMESE);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new ListResultsInterceptor()).excludePathPatterns("/assets/**");
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new VietnameseDateFormatter());
		registry.addFormatter(new VietnameseDecimalFormatter());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserArgumentResolver());
		// first, so that it answers for Pageable before Spring Data's own resolver (registered after it or before)
		resolvers.add(0, new ClampedPageableResolver());
	}
}

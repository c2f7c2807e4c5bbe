package vn.atgt.thidua.common.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in its own bundle, {@code i18n/<module>.properties} (Vietnamese, the default) beside
 * {@code i18n/<module>_en.properties}; this finds them all, so that a new module needs no central registration.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfig {

	static final String BUNDLES = "classpath*:i18n/*.properties";

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new BundleMessageSource();
		source.setBasenames(baseNames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	static String[] baseNames() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLES);
			return Arrays.stream(resources)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter(name -> !name.contains("_"))
				.map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new))
				.toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

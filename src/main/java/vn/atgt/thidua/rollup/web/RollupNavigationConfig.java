package vn.atgt.thidua.rollup.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.common.web.NavigationLink;
import vn.atgt.thidua.rollup.RollupAccess;

/**
 * The roll-up's link "Tổng hợp cấp dưới" in the main navigation, for the office and leaders of a committee that has
 * committees below it (its access policy's answer).
 */
@Configuration(proxyBeanMethods = false)
class RollupNavigationConfig {

	@Bean
	NavigationLink rollupLink(RollupAccess access) {
		return new NavigationLink(10, "rollup.title", "/rollup", "rollup-link", access::showsRollup);
	}
}

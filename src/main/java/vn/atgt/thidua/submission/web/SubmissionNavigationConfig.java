package vn.atgt.thidua.submission.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.common.web.NavigationLink;
import vn.atgt.thidua.submission.SubmissionAccess;

/**
 * The sending's links in the main navigation (its access policy's answers): "Hồ sơ cấp dưới gửi lên" for a committee
 * that has committees below it, "Gửi lên cấp trên" (what it sent) for one that has a parent; a committee in the middle
 * sees both, one alone in the installation neither.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionNavigationConfig {

	@Bean
	NavigationLink arrivedSubmissionsLink(SubmissionAccess access) {
		return new NavigationLink(20, "submission.queue.title", "/submissions", "arrived-link", access::showsArrived);
	}

	@Bean
	NavigationLink sentSubmissionsLink(SubmissionAccess access) {
		return new NavigationLink(30, "submission.nav", "/submissions/sent", "send-upward-link", access::showsSent);
	}
}

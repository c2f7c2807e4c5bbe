package vn.atgt.thidua.submission.web;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUsers;
import vn.atgt.thidua.submission.SubmissionAccess;

/**
 * {@code @submissionLinks} in templates: whether the signed-in user's office sends a committee's items upward. The
 * summary report's page and the commendation dossier link here by address only ("Gửi lên Ban ATGT cấp trên"), since
 * those modules cannot depend on this one (it depends on them); the answer is the access policy's.
 */
@Component("submissionLinks")
class SubmissionLinks {

	private final SubmissionAccess access;

	SubmissionLinks(SubmissionAccess access) {
		this.access = access;
	}

	public boolean sendsFrom(Long committeeId) {
		return CurrentUsers.current().map(user -> access.sendsFrom(user, committeeId)).orElse(false);
	}
}

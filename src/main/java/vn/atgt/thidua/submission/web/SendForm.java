package vn.atgt.thidua.submission.web;

/**
 * What the office sends: a finalised year-end report (its id), or the commendation dossier for a deciding level
 * (blank: the first). Missing or unknown values are the service's field errors.
 */
record SendForm(Long reportId, String decider) {

	static SendForm empty() {
		return new SendForm(null, null);
	}
}

/**
 * Sending upward (gửi lên cấp trên; issue 18, item 4; DOMAIN.md §4.3): a child committee's standing office sends its
 * parent committee its finalised year-end report (the DOCX and XLSX the summary module kept as signed, document
 * module) or its commendation dossier for a deciding level (the document module's cover list, tờ trình, biên bản,
 * reports and evidence), frozen as copies in the file storage, instead of an e-mail with a ZIP. The parent's office
 * receives it, returns it with a reason (the child corrects and sends again: a new round, the history kept) or accepts
 * it. Each step is an event the module's listener turns into notifications (monitoring's); entities are audited.
 * Nothing depends on this module: the summary and commendation pages link to it by address only. Who may do what is
 * {@link vn.atgt.thidua.submission.SubmissionAccess}'s.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "summary", "document", "commendation",
		"monitoring", "campaign", "unit", "common" })
package vn.atgt.thidua.submission;

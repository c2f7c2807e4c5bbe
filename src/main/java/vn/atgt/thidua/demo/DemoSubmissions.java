package vn.atgt.thidua.demo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.submission.SubmissionService;
import vn.atgt.thidua.summary.SummaryCommand;
import vn.atgt.thidua.summary.SummaryFinalisation;
import vn.atgt.thidua.summary.SummaryKind;
import vn.atgt.thidua.summary.SummaryRow;
import vn.atgt.thidua.summary.SummaryService;
import vn.atgt.thidua.summary.SummaryStatus;

/**
 * A step of the demo province (issue 18, item 4): a commune committee's office finalises the year-end report of its
 * movement and sends it to the province's committee, through the summary and submission doors. It runs after
 * {@link DemoProvince} has built the communes' movements (order 91 after 90) and sends the report of the first
 * commune movement launched (Bản Bo's), once: a start on a demo database that already holds it finds that report
 * finalised and does nothing.
 */
@Component
@Profile("demo")
@Order(91)
public class DemoSubmissions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSubmissions.class);

	/** The commune's office as the demo acts for it: the installation itself, bound to no committee. */
	static final CurrentUser OFFICE = new CurrentUser(null, "thuongtruc-xa", "Văn phòng thường trực (dữ liệu mẫu)", null,
			null, null, Set.of(Role.STANDING_OFFICE), false);

	private final SummaryService summaries;
	private final SummaryFinalisation finalisation;
	private final SubmissionService submissions;

	private final DemoProvince province;

	DemoSubmissions(SummaryService summaries, SummaryFinalisation finalisation, SubmissionService submissions,
			DemoProvince province) {
		this.summaries = summaries;
		this.finalisation = finalisation;
		this.submissions = submissions;
		this.province = province;
	}

	@Override
	public void run(ApplicationArguments args) {
		// the first movement launched (Bản Bo's): ids, not names, whose order differs between H2 and PostgreSQL
		Long first = province.childCampaignIds().stream().min(Long::compare).orElse(null);
		if (first == null || summaries.list(OFFICE, first).stream()
			.anyMatch(r -> r.kind() == SummaryKind.YEAR_END && r.status() != SummaryStatus.DRAFT)) {
			return;
		}
		sendYearEndReport(first);
	}

	/**
	 * Drafts the campaign's year-end report from its data (or takes the one there is), finalises it (its DOCX and XLSX
	 * kept as signed) and sends it upward.
	 * @return the sending's id
	 * @throws vn.atgt.thidua.common.DomainException {@code submission.noParent.send} when the campaign's committee has
	 *         no parent
	 */
	@Transactional
	public Long sendYearEndReport(Long campaignId) {
		Long reportId = summaries.list(OFFICE, campaignId).stream().filter(r -> r.kind() == SummaryKind.YEAR_END)
			.map(SummaryRow::id).findFirst()
			.orElseGet(() -> summaries.create(OFFICE, campaignId, new SummaryCommand(SummaryKind.YEAR_END, null, null)));
		if (summaries.get(OFFICE, campaignId, reportId).status() == SummaryStatus.DRAFT) {
			finalisation.finalise(OFFICE, campaignId, reportId, summaries.get(OFFICE, campaignId, reportId).version());
		}
		Long id = submissions.sendReport(OFFICE, campaignId, reportId);
		log.info("Demo year-end report of campaign {} sent upward (sending {}).", campaignId, id);
		return id;
	}
}

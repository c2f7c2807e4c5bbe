package vn.atgt.thidua.submission;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.commendation.DossierService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.document.KeptFileRow;
import vn.atgt.thidua.document.KeptFiles;
import vn.atgt.thidua.submission.internal.Submission;
import vn.atgt.thidua.submission.internal.SubmissionRepository;
import vn.atgt.thidua.summary.SummaryKind;
import vn.atgt.thidua.summary.SummaryService;
import vn.atgt.thidua.summary.SummaryView;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The door of the submission module: the child's office sends its finalised year-end report or its commendation
 * dossier for a deciding level to the parent committee (the files frozen at sending); the parent's office receives,
 * returns with a reason, or accepts. Every command checks {@link SubmissionAccess}; each step publishes
 * {@link SubmissionChanged}, which the module's listener turns into notifications.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionService {

	private final SubmissionRepository submissions;
	private final SubmissionAccess access;
	private final SubmissionFreezer freezer;
	private final SummaryService summaries;
	private final DossierService dossiers;
	private final KeptFiles kept;
	private final CampaignService campaigns;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SubmissionService(SubmissionRepository submissions, SubmissionAccess access, SubmissionFreezer freezer,
			SummaryService summaries, DossierService dossiers, KeptFiles kept, CampaignService campaigns,
			ApplicationEventPublisher events, Clock clock) {
		this.submissions = submissions;
		this.access = access;
		this.freezer = freezer;
		this.summaries = summaries;
		this.dossiers = dossiers;
		this.kept = kept;
		this.campaigns = campaigns;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends the campaign's finalised year-end report (its DOCX and XLSX as kept when it was finalised).
	 * @return the new sending's id
	 * @throws FieldException {@code reportId} when missing, not the campaign's, or not a finalised year-end report
	 * @throws DomainException {@code submission.pending} or {@code submission.accepted.already} when the report was sent
	 *         already and not returned; {@code submission.noParent.send} when the committee has no parent
	 */
	@Transactional
	public Long sendReport(CurrentUser user, Long campaignId, Long reportId) {
		CommitteeSummary parent = access.requireSender(user, campaignId);
		if (reportId == null) {
			throw new FieldException("reportId", "submission.report.required");
		}
		SummaryView report;
		try {
			report = summaries.get(user, campaignId, reportId);
		}
		catch (NotFoundException e) {
			throw new FieldException("reportId", "submission.report.notFinal");
		}
		if (!report.isFinal() || report.kind() != SummaryKind.YEAR_END || report.docxKeptId() == null) {
			throw new FieldException("reportId", "submission.report.notFinal");
		}
		String title = kept.list(user, campaignId).stream().filter(f -> f.id().equals(report.docxKeptId()))
			.map(KeptFileRow::title).findFirst().orElse("Báo cáo tổng kết");
		return send(user, campaignId, parent, SubmissionKind.YEAR_END_REPORT, String.valueOf(reportId), title,
				freezer.report(user, report));
	}

	/**
	 * Sends the commendation dossier for a deciding level (null: the first of the approved nominees' levels).
	 * @throws DomainException {@code document.dossier.empty} when no approved nominee goes to that level
	 */
	@Transactional
	public Long sendDossier(CurrentUser user, Long campaignId, String decider) {
		CommitteeSummary parent = access.requireSender(user, campaignId);
		String level = decider != null && !decider.isBlank() ? decider
				: dossiers.dossier(user, campaignId).deciders().stream().findFirst()
					.orElseThrow(() -> new DomainException("document.dossier.empty"));
		String title = "Hồ sơ đề nghị khen thưởng gửi " + level + " – " + campaigns.get(campaignId).title();
		return send(user, campaignId, parent, SubmissionKind.COMMENDATION_DOSSIER, level, title,
				freezer.dossier(user, campaignId, level));
	}

	private Long send(CurrentUser user, Long campaignId, CommitteeSummary parent, SubmissionKind kind, String subject,
			String title, List<FrozenFile> files) {
		List<Submission> rounds = submissions.findByCampaignIdAndKindAndSubjectOrderByRoundDesc(campaignId, kind,
				subject);
		int round = 1;
		if (!rounds.isEmpty()) {
			Submission latest = rounds.get(0);
			if (latest.getStatus().pending()) {
				throw new DomainException("submission.pending");
			}
			if (latest.getStatus() == SubmissionStatus.ACCEPTED) {
				throw new DomainException("submission.accepted.already");
			}
			round = latest.getRound() + 1;
		}
		Submission submission = submissions.save(new Submission(campaignId, campaigns.committeeOf(campaignId),
				parent.id(), kind, subject, title, round, files, Actor.of(user, clock.instant())));
		published(submission);
		return submission.getId();
	}

	/** The parent's office confirms it arrived. */
	@Transactional
	public void receive(CurrentUser user, Long submissionId, long version) {
		Submission submission = forReceiver(user, submissionId, version);
		submission.receive(Actor.of(user, clock.instant()));
		published(submission);
	}

	/** The parent's office returns it for correction. @throws FieldException {@code reason} when blank */
	@Transactional
	public void returnWith(CurrentUser user, Long submissionId, long version, String reason) {
		Submission submission = forReceiver(user, submissionId, version);
		submission.returnWith(reason, Actor.of(user, clock.instant()));
		published(submission);
	}

	/** The parent's office accepts it. */
	@Transactional
	public void accept(CurrentUser user, Long submissionId, long version) {
		Submission submission = forReceiver(user, submissionId, version);
		submission.accept(Actor.of(user, clock.instant()));
		published(submission);
	}

	private Submission forReceiver(CurrentUser user, Long submissionId, long version) {
		Submission submission = submissions.findById(submissionId)
			.orElseThrow(() -> new NotFoundException("submission", submissionId));
		access.requireReceiver(user, head(submission));
		StaleDataException.check(submission, version);
		return submission;
	}

	private void published(Submission s) {
		events.publishEvent(new SubmissionChanged(s.getId(), s.getSenderCommitteeId(), s.getReceiverCommitteeId(),
				s.getTitle(), s.getStatus(), s.getReturnReason()));
	}

	static SubmissionHead head(Submission s) {
		return new SubmissionHead(s.getId(), s.getSenderCommitteeId(), s.getReceiverCommitteeId(), s.getStatus());
	}
}

package vn.atgt.thidua.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.commendation.DossierService;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.common.storage.StoredFile;
import vn.atgt.thidua.submission.internal.Submission;
import vn.atgt.thidua.submission.internal.SubmissionFile;
import vn.atgt.thidua.submission.internal.SubmissionRepository;
import vn.atgt.thidua.summary.SummaryKind;
import vn.atgt.thidua.summary.SummaryService;
import vn.atgt.thidua.summary.SummaryStatus;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The read models of the submission pages: the parent's queue and the child's sent list (paged and filtered in SQL),
 * a sending with its files and history, a campaign's page of what it may send, and the frozen files' downloads. Each
 * read checks {@link SubmissionAccess} first.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionQueries {

	private static final Sort NEWEST = Sort.by(Sort.Order.desc("sentAt"), Sort.Order.desc("id"));

	private final SubmissionRepository submissions;
	private final SubmissionAccess access;
	private final CommitteeService committees;
	private final CampaignService campaigns;
	private final SummaryService summaries;
	private final DossierService dossiers;
	private final FileStorage storage;

	SubmissionQueries(SubmissionRepository submissions, SubmissionAccess access, CommitteeService committees,
			CampaignService campaigns, SummaryService summaries, DossierService dossiers, FileStorage storage) {
		this.submissions = submissions;
		this.access = access;
		this.committees = committees;
		this.campaigns = campaigns;
		this.summaries = summaries;
		this.dossiers = dossiers;
		this.storage = storage;
	}

	/** What arrived from the user's child committees, filtered, newest first. */
	public QueuePage queue(CurrentUser user, SubmissionFilter filter, Pageable pageable) {
		Long committee = access.requireListReader(user);
		Page<Submission> page = submissions.page(committee, filter.committeeId(), filter.status(), filter.kind(),
				newest(pageable));
		return new QueuePage(false, page.map(rows(names())), committees.children(committee), parentName(committee));
	}

	/** What the user's committee sent upward, newest first. */
	public QueuePage sent(CurrentUser user, Pageable pageable) {
		Long committee = access.requireListReader(user);
		Page<Submission> page = submissions.page(null, committee, null, null, newest(pageable));
		return new QueuePage(true, page.map(rows(names())), List.of(), parentName(committee));
	}

	/** One sending with its files, history and rounds. @throws NotFoundException for another committee's */
	public SubmissionPage page(CurrentUser user, Long submissionId) {
		Submission s = find(user, submissionId);
		Map<Long, String> names = names();
		Map<Long, StoredFile> stored = storage.describeAll(s.orderedFiles().stream()
			.map(SubmissionFile::getStoredFileId).toList()).stream()
			.collect(Collectors.toMap(StoredFile::id, Function.identity()));
		List<SubmissionFileRow> files = s.orderedFiles().stream().map(f -> {
			StoredFile file = stored.get(f.getStoredFileId());
			return new SubmissionFileRow(f.getId(), f.getPath(), f.getDescription(), file.name(), file.kind(),
					file.size());
		}).toList();
		List<SubmissionHistoryRow> history = s.getTransitions().stream()
			.map(t -> new SubmissionHistoryRow(t.getChangedAt(), t.getChangedBy(), t.getChangedByName(),
					t.getToStatus(), t.getReason()))
			.toList();
		List<Submission> rounds = submissions.findByCampaignIdAndKindAndSubjectOrderByRoundDesc(s.getCampaignId(),
				s.getKind(), s.getSubject());
		boolean latest = rounds.get(0).getId().equals(s.getId());
		SubmissionView view = new SubmissionView(s.getId(), s.getCampaignId(), campaigns.get(s.getCampaignId()).title(),
				s.getKind(), s.getTitle(), s.getRound(), s.getStatus(), s.getReturnReason(),
				names.get(s.getSenderCommitteeId()), names.get(s.getReceiverCommitteeId()), s.getSentAt(),
				s.getSentByName(), s.getVersion(), files, history,
				rounds.stream().map(rows(names)).toList());
		return new SubmissionPage(view, access.actions(user, SubmissionService.head(s), latest),
				!CommitteeScope.covers(user, s.getSenderCommitteeId()));
	}

	/** The campaign's page of what its office may send upward, and what it sent. */
	public SendPage sendPage(CurrentUser user, Long campaignId) {
		Long committee = access.requireCampaignReader(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		boolean send = access.sendsFrom(user, committee);
		List<SendPage.ReportOption> reports = !send ? List.of()
				: summaries.list(user, campaignId).stream()
					.filter(r -> r.status() == SummaryStatus.FINAL && r.kind() == SummaryKind.YEAR_END)
					.map(r -> new SendPage.ReportOption(r.id(), "Báo cáo tổng kết (từ ngày " + Formats.DATE.format(r.from())
							+ " đến ngày " + Formats.DATE.format(r.to()) + ")"))
					.toList();
		List<String> deciders = send ? dossiers.dossier(user, campaignId).deciders() : List.of();
		List<SubmissionRow> sent = submissions.findByCampaignIdOrderBySentAtDescIdDesc(campaignId).stream()
			.map(rows(names())).toList();
		return new SendPage(campaign, parentName(committee), reports, deciders, sent, send);
	}

	/** A frozen file's bytes, exactly as sent. */
	public SubmissionDownload file(CurrentUser user, Long submissionId, Long fileId) {
		Submission s = find(user, submissionId);
		SubmissionFile file = s.orderedFiles().stream().filter(f -> f.getId().equals(fileId)).findFirst()
			.orElseThrow(() -> new NotFoundException("submission file", fileId));
		StoredFile stored = storage.describe(file.getStoredFileId());
		return new SubmissionDownload(stored.name(), stored.contentType(), storage.content(stored.id()));
	}

	/** Every frozen file in one ZIP, at its path in the dossier. */
	public SubmissionDownload zip(CurrentUser user, Long submissionId) {
		Submission s = find(user, submissionId);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (SubmissionFile f : s.orderedFiles()) {
				zip.putNextEntry(new ZipEntry(f.getPath()));
				zip.write(storage.content(f.getStoredFileId()));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new SubmissionDownload("Gui-len-cap-tren-" + s.getId() + "-lan-" + s.getRound() + ".zip",
				"application/zip", bytes.toByteArray());
	}

	private Submission find(CurrentUser user, Long submissionId) {
		Submission s = submissions.withFiles(submissionId)
			.orElseThrow(() -> new NotFoundException("submission", submissionId));
		access.requireReader(user, SubmissionService.head(s));
		return s;
	}

	private String parentName(Long committee) {
		return committees.parentOf(committee).map(CommitteeSummary::name).orElse(null);
	}

	private Map<Long, String> names() {
		return committees.committees().stream().collect(Collectors.toMap(CommitteeSummary::id, CommitteeSummary::name));
	}

	private static Function<Submission, SubmissionRow> rows(Map<Long, String> names) {
		return s -> new SubmissionRow(s.getId(), s.getTitle(), s.getKind(), s.getRound(), s.getStatus(),
				names.get(s.getSenderCommitteeId()), names.get(s.getReceiverCommitteeId()), s.getSentAt(),
				s.getSentByName(), s.getReturnReason());
	}

	private static Pageable newest(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST);
	}
}

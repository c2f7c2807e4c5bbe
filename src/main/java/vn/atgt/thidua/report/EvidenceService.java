package vn.atgt.thidua.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.common.storage.StoredFile;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.report.internal.EvidenceRow;
import vn.atgt.thidua.report.internal.ProgressEntry;
import vn.atgt.thidua.report.internal.ProgressReport;
import vn.atgt.thidua.report.internal.ProgressReportRepository;
import vn.atgt.thidua.report.internal.ReportEvidence;
import vn.atgt.thidua.report.internal.ReportEvidenceRepository;
import vn.atgt.thidua.report.internal.ReportHeader;

/**
 * The files of evidence (minh chứng) of reports: attached to the report or to the entry of a target when the unit
 * saves it (within the save, all or nothing), removed while the unit may still change the report, and downloaded by
 * everyone who may read it. The bytes live in the common {@link FileStorage}; a photo gets a thumbnail there too.
 * Adding or removing a file is a change of the report: it checks and raises the report's version.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

	private final ReportEvidenceRepository evidence;
	private final ProgressReportRepository reports;
	private final ReportAccess access;
	private final ReportTargets reportTargets;
	private final FileStorage files;
	private final Clock clock;

	EvidenceService(ReportEvidenceRepository evidence, ProgressReportRepository reports, ReportAccess access,
			ReportTargets reportTargets, FileStorage files, Clock clock) {
		this.evidence = evidence;
		this.reports = reports;
		this.access = access;
		this.reportTargets = reportTargets;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * A file of evidence of a report (or its thumbnail), for a download.
	 * @throws NotFoundException unless the user may read the report and the file belongs to it
	 */
	public EvidenceFile evidenceFile(CurrentUser user, Long reportId, Long evidenceId, boolean thumbnail) {
		access.readable(user, reportId);
		ReportEvidence file = evidence.findByIdAndReportId(evidenceId, reportId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		Long fileId = thumbnail ? file.getThumbnailFileId() : file.getFileId();
		if (fileId == null) {
			throw new NotFoundException("thumbnail of evidence", evidenceId);
		}
		StoredFile stored = files.describe(fileId);
		return new EvidenceFile(stored.name(), stored.contentType(), files.content(fileId));
	}

	/**
	 * Removes a file of evidence (and its stored bytes) from a report the unit may still change.
	 * @throws StaleDataException when the report changed since {@code version} was shown
	 */
	@Transactional
	public void removeEvidence(CurrentUser user, Long reportId, long version, Long evidenceId) {
		access.editable(user, reportId);
		ProgressReport report = reports.forChange(reportId, version);
		ReportEvidence file = evidence.findByIdAndReportId(evidenceId, reportId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		evidence.delete(file);
		evidence.flush();
		files.delete(file.getFileId());
		if (file.getThumbnailFileId() != null) {
			files.delete(file.getThumbnailFileId());
		}
		report.edited(Actor.of(user, clock.instant()));
	}

	/** Attaches sample files (demo data, captioned as samples) to a report, as its unit would have. */
	@Transactional
	public void attachSamples(CurrentUser user, Long reportId, List<EvidenceUpload> uploads) {
		ReportHeader h = access.editable(user, reportId);
		ProgressReport report = reports.forChange(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
		attach(report, reportTargets.of(h, report.getEntries().stream().map(ProgressEntry::getTargetId).toList()),
				uploads, true);
		report.edited(Actor.of(user, clock.instant()));
	}

	/**
	 * Stores the uploads and attaches them to the report or to the entries of its targets ({@code answered}), within
	 * the save of the report that carries them.
	 * @throws NotFoundException when an upload names a target the report does not answer
	 * @throws FieldException {@code files} for a caption too long or a file the storage refuses
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void attach(ProgressReport report, Map<Long, TargetView> answered, List<EvidenceUpload> uploads, boolean sample) {
		if (uploads.isEmpty()) {
			return;
		}
		uploads.stream().map(EvidenceUpload::targetId).filter(Objects::nonNull)
			.filter(id -> !answered.containsKey(id)).findFirst().ifPresent(id -> {
				throw new NotFoundException("target of the report", id);
			});
		uploads.forEach(u -> {
			if (u.caption() != null && u.caption().strip().length() > ReportRules.CAPTION_MAX) {
				throw new FieldException("files", "report.tooLong", ReportRules.CAPTION_MAX);
			}
		});
		uploads.stream().map(EvidenceUpload::targetId).filter(Objects::nonNull).forEach(report::entryFor);
		reports.flush();
		for (EvidenceUpload upload : uploads) {
			StoredFile stored = store(upload);
			Long thumbnail = files.storeThumbnail(stored, upload.content()).map(StoredFile::id).orElse(null);
			Long entryId = upload.targetId() == null ? null
					: report.entry(upload.targetId()).map(ProgressEntry::getId).orElseThrow();
			evidence.save(new ReportEvidence(report.getId(), entryId, stored.id(), thumbnail,
					ReportRules.clean(upload.caption()), sample));
		}
	}

	/** Stores one upload; a refusal of the storage names the file beside the report's files. */
	private StoredFile store(EvidenceUpload upload) {
		try {
			return files.store(upload.fileName(), upload.content());
		}
		catch (DomainException e) {
			throw new FieldException("files", "report.evidence.refused", upload.fileName() == null ? ""
					: upload.fileName(), new DefaultMessageSourceResolvable(new String[] { e.messageKey() },
							e.arguments()));
		}
	}

	/**
	 * The evidence of a report as its page lists it, in two queries whatever their number (the report's files, and
	 * their names and kinds from the file storage).
	 */
	List<EvidenceView> evidenceOf(Long reportId) {
		List<EvidenceRow> rows = evidence.ofReport(reportId);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, StoredFile> stored = files.describeAll(rows.stream().map(EvidenceRow::fileId).toList()).stream()
			.collect(Collectors.toMap(StoredFile::id, Function.identity()));
		return rows.stream().map(row -> {
			StoredFile file = stored.get(row.fileId());
			return new EvidenceView(row.id(), row.targetId(), file == null ? null : file.name(),
					file == null ? null : file.kind(), file == null ? 0 : file.size(), row.thumbnailFileId() != null,
					row.caption(), row.sample(), row.createdAt(), row.createdBy());
		}).toList();
	}
}

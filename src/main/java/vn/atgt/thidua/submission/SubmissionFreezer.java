package vn.atgt.thidua.submission;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.document.CommendationDossier;
import vn.atgt.thidua.document.DocumentFile;
import vn.atgt.thidua.document.DossierArchive;
import vn.atgt.thidua.document.KeptFiles;
import vn.atgt.thidua.summary.SummaryView;

/**
 * Copies what is sent into the file storage, so that the parent receives exactly what was signed whatever changes
 * later: the finalised report's DOCX and XLSX as the document module kept them, or every document of the commendation
 * dossier for a deciding level as the document module writes it now (cover list first, then the tờ trình, biên bản,
 * reports and evidence). Each copy is a stored file of its own, whose bytes never change.
 */
@Component
class SubmissionFreezer {

	private final KeptFiles kept;
	private final CommendationDossier dossiers;
	private final FileStorage storage;

	SubmissionFreezer(KeptFiles kept, CommendationDossier dossiers, FileStorage storage) {
		this.kept = kept;
		this.dossiers = dossiers;
		this.storage = storage;
	}

	List<FrozenFile> report(CurrentUser user, SummaryView report) {
		List<FrozenFile> files = new ArrayList<>();
		files.add(copy(kept.content(user, report.campaignId(), report.docxKeptId()), "Báo cáo tổng kết (DOCX)"));
		if (report.xlsxKeptId() != null) {
			files.add(copy(kept.content(user, report.campaignId(), report.xlsxKeptId()),
					"Phụ lục số liệu của báo cáo (XLSX)"));
		}
		return files;
	}

	List<FrozenFile> dossier(CurrentUser user, Long campaignId, String decider) {
		DossierArchive archive = dossiers.archive(user, campaignId, decider);
		List<FrozenFile> files = new ArrayList<>();
		for (DossierArchive.Entry entry : archive.entries()) {
			String name = entry.path().substring(entry.path().lastIndexOf('/') + 1);
			files.add(new FrozenFile(entry.path(), entry.description(), storage.store(name, entry.content()).id()));
		}
		return files;
	}

	private FrozenFile copy(DocumentFile file, String description) {
		return new FrozenFile(file.fileName(), description, storage.store(file.fileName(), file.content()).id());
	}
}

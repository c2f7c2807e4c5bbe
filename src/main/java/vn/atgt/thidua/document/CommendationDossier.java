package vn.atgt.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.commendation.DossierEntry;
import vn.atgt.thidua.commendation.DossierPack;
import vn.atgt.thidua.commendation.DossierPart;
import vn.atgt.thidua.commendation.DossierService;
import vn.atgt.thidua.commendation.NomineePack;
import vn.atgt.thidua.commendation.ProposalFile;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileKind;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The whole commendation dossier for one deciding level, generated on request from the commendation module's door
 * (nothing is stored): the cover list, the tờ trình with its list, the biên bản of the voting meeting, each nominee's
 * báo cáo thành tích (the attached file as it is, or the text written on the form as DOCX) and the evidence the
 * proposal cites (the attached certification or evidence, the photos of the cited exemplars); as one ZIP named for the
 * deciding level. The cover list notes the parts an award form names that are still missing. Who may have it is the
 * commendation module's policy (those who see every unit), which its door checks.
 */
@Service
@Transactional(readOnly = true)
public class CommendationDossier {

	private final DossierService dossiers;
	private final CommendationDocuments documents;
	private final CommitteeService committees;
	private final CommitteeDocuments committeeDocuments;
	private final DocxWriter writer;

	CommendationDossier(DossierService dossiers, CommendationDocuments documents, CommitteeService committees,
			CommitteeDocuments committeeDocuments, DocxWriter writer) {
		this.dossiers = dossiers;
		this.documents = documents;
		this.committees = committees;
		this.committeeDocuments = committeeDocuments;
		this.writer = writer;
	}

	/**
	 * The ZIP of the dossier for the deciding level.
	 * @param decider the deciding level, or null for the first of the approved nominees' award forms
	 * @throws DomainException {@code document.dossier.empty} when no approved nominee goes to that level
	 */
	public DossierArchive archive(CurrentUser user, Long campaignId, String decider) {
		DossierPack pack = dossiers.pack(user, campaignId, decider);
		CommitteeView committee = committees.get(pack.dossier().campaign().committeeId());
		List<DossierArchive.Entry> parts = parts(pack, committee);
		List<DossierArchive.Entry> entries = new ArrayList<>();
		entries.add(new DossierArchive.Entry(DossierCoverList.FILE_NAME, "Danh mục hồ sơ",
				cover(pack, committee, parts)));
		entries.addAll(parts);
		return new DossierArchive("Ho-so-de-nghi-khen-thuong-gui-" + slug(pack.decider()) + ".zip", zip(entries),
				entries);
	}

	/** The cover list of the dossier for the deciding level, alone (as DOCX). */
	public DocumentFile coverList(CurrentUser user, Long campaignId, String decider) {
		DossierPack pack = dossiers.pack(user, campaignId, decider);
		CommitteeView committee = committees.get(pack.dossier().campaign().committeeId());
		return new DocumentFile("Danh-muc-ho-so-gui-" + slug(pack.decider()) + ".docx", FileKind.DOCX,
				cover(pack, committee, parts(pack, committee)));
	}

	private byte[] cover(DossierPack pack, CommitteeView committee, List<DossierArchive.Entry> parts) {
		return writer.write(new DossierCoverList(pack, committee, parts, missing(pack))
			.compose(committeeDocuments.draft(committee, DocumentType.LIST)));
	}

	private List<DossierArchive.Entry> parts(DossierPack pack, CommitteeView committee) {
		List<DossierArchive.Entry> parts = new ArrayList<>();
		parts.add(new DossierArchive.Entry("01-" + CommendationSubmission.FILE_NAME,
				"Tờ trình đề nghị khen thưởng kèm danh sách", documents.submission(pack.dossier(), committee).content()));
		if (pack.dossier().meeting() != null) {
			parts.add(new DossierArchive.Entry("02-" + VotingMinutes.FILE_NAME, "Biên bản họp xét khen thưởng",
					documents.minutes(pack.dossier(), committee).content()));
		}
		int n = 0;
		for (NomineePack nominee : pack.nominees()) {
			String who = String.format("%02d-%s", ++n, slug(nominee.entry().proposal().nomineeName()));
			String name = nominee.entry().proposal().nomineeName();
			if (nominee.reportFile() != null) {
				parts.add(new DossierArchive.Entry("03-Bao-cao-thanh-tich/" + who + extension(nominee.reportFile()),
						"Báo cáo thành tích của " + name, nominee.reportFile().content()));
			}
			else if (nominee.reportText() != null) {
				parts.add(new DossierArchive.Entry("03-Bao-cao-thanh-tich/" + who + ".docx",
						"Báo cáo thành tích của " + name, report(nominee, committee)));
			}
			int e = 0;
			for (ProposalFile file : nominee.evidence()) {
				parts.add(new DossierArchive.Entry("04-Minh-chung/" + who + "-" + (++e) + extension(file),
						"Tài liệu minh chứng của " + name + " (" + file.name() + ")", file.content()));
			}
		}
		return parts;
	}

	private byte[] report(NomineePack nominee, CommitteeView committee) {
		return writer.write(new AchievementReport(nominee.entry(), nominee.reportText())
			.compose(committeeDocuments.draft(committee, DocumentType.REPORT)));
	}

	/** The parts each nominee's award form names that the dossier does not hold. */
	private static List<String> missing(DossierPack pack) {
		List<String> missing = new ArrayList<>();
		for (NomineePack nominee : pack.nominees()) {
			DossierEntry entry = nominee.entry();
			for (DossierPart part : entry.awardForm().parts()) {
				boolean present = switch (part) {
					case SUBMISSION -> true;
					case MEETING_MINUTES -> pack.dossier().meeting() != null && entry.proposal().votesFor() != null;
					case ACHIEVEMENT_REPORT -> nominee.reportFile() != null || nominee.reportText() != null;
					case INITIATIVE_CERTIFICATE, EVIDENCE -> !nominee.evidence().isEmpty();
				};
				if (!present) {
					missing.add("Hồ sơ của " + entry.proposal().nomineeName() + " còn thiếu: " + label(part) + ".");
				}
			}
		}
		return missing;
	}

	private static String label(DossierPart part) {
		return switch (part) {
			case SUBMISSION -> "tờ trình";
			case ACHIEVEMENT_REPORT -> "báo cáo thành tích";
			case MEETING_MINUTES -> "biên bản họp xét";
			case INITIATIVE_CERTIFICATE -> "văn bản xác nhận sáng kiến";
			case EVIDENCE -> "tài liệu minh chứng";
		};
	}

	private static byte[] zip(List<DossierArchive.Entry> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (DossierArchive.Entry e : entries) {
				zip.putNextEntry(new ZipEntry(e.path()));
				zip.write(e.content());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static String extension(ProposalFile file) {
		int dot = file.name() == null ? -1 : file.name().lastIndexOf('.');
		return dot < 0 ? "" : slug(file.name().substring(dot + 1)).toLowerCase(CommitteeDocuments.VIETNAMESE)
			.transform(ext -> ext.isEmpty() ? "" : "." + ext);
	}

	/**
	 * A name safe in any ZIP tool and file system: Vietnamese without its marks, words joined by dashes, a decider's
	 * note in brackets left out ("Chủ tịch Ủy ban nhân dân cấp xã (Nghị định …)" → "Chu-tich-Uy-ban-nhan-dan-cap-xa").
	 */
	static String slug(String text) {
		String plain = Normalizer.normalize(text.replaceAll("\\s*\\(.*?\\)", "").replace('đ', 'd').replace('Đ', 'D'),
				Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}
}

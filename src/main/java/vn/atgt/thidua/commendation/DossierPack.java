package vn.atgt.thidua.commendation;

import java.util.List;

/**
 * The dossier for one deciding level (the tờ trình is addressed to one): the dossier narrowed to the nominees whose
 * award form that level decides, each nominee's report and evidence, and the warnings the office should see before
 * sending it (units over the quota, công trạng awards grounded only on chuyên đề ones).
 */
public record DossierPack(String decider, Dossier dossier, List<NomineePack> nominees,
		List<QuotaWarning> quotaWarnings, List<BasisWarning> basisWarnings) {
}

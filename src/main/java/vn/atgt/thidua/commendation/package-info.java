/**
 * Commendation (khen thưởng; DOMAIN.md §1): a Ban ATGT proposes, it does not award. The award forms and titles are
 * dated configuration ({@link vn.atgt.thidua.commendation.AwardFormService}: who decides, the legal basis by date,
 * collective or individual, through the higher Ban ATGT or not, the dossier parts Luật Thi đua, khen thưởng 2022
 * Điều 84 asks for), offered to a proposal only for a decision date inside their validity, because the legal basis
 * changed on 1/7/2025. Proposals of collectives and individuals ({@link vn.atgt.thidua.commendation.ProposalService})
 * follow their workflow from the unit's draft to the decision of the deciding level, and every part of the dossier
 * must be there before the dossier is forwarded. {@link vn.atgt.thidua.commendation.CommendationAccess} is the one
 * access policy. Proposals cite recognised exemplars through the exemplar module's door. The nominees published for
 * comment appear on the campaign's public page ({@link vn.atgt.thidua.commendation.NomineeComments}, a
 * {@code dashboard.PublicSectionSource}); the dossier's documents and ZIP are the document module's, written from
 * {@link vn.atgt.thidua.commendation.DossierService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "dashboard", "exemplar", "campaign", "unit", "common" })
package vn.atgt.thidua.commendation;

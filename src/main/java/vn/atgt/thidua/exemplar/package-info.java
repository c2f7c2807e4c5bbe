/**
 * Exemplary models and good deeds (điển hình tiên tiến, gương người tốt việc tốt; DOMAIN.md §1.2 step 4, §2 step 7):
 * per campaign and unit a collective model, an individual's good deed or a practice, with its description, start date,
 * results (one indicator before and after, and a text), photos kept in the common file storage, and the units where it
 * was replicated (nhân rộng; the count is the number of replications recorded). The unit proposes it (its head), the
 * standing office recognises it or returns it with a reason, and a recognised one may be flagged publishable.
 * {@link vn.atgt.thidua.exemplar.ExemplarService} is the door (the workflow, and {@code recognised} for the
 * commendation proposals that cite them), {@link vn.atgt.thidua.exemplar.ExemplarQueries} reads the pages, and
 * {@link vn.atgt.thidua.exemplar.ExemplarAccess} is the one access policy they all ask. The module reads no other
 * module's table: unit names come through the unit module's door. The recognised exemplars flagged publishable are
 * the public page's section of exemplary models ({@link vn.atgt.thidua.exemplar.ExemplarPublicSection}, through the
 * dashboard module's {@link vn.atgt.thidua.dashboard.PublicSectionSource}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "campaign", "unit", "dashboard", "common" })
package vn.atgt.thidua.exemplar;

/**
 * Traffic-accident figures (số liệu tai nạn giao thông) per committee area and accident month — the three criteria
 * (cases, deaths, injured), what the cases include (drink-driving, especially serious, commercial transport cars),
 * collisions apart and an optional breakdown by class — counted under the dated classification rule of their month,
 * entered or imported, confirmed and reopened with their history; their comparison with the same months of the
 * campaign's baseline year and the campaign's goal checks; and the committee's register of black spots, potential
 * accident points, illegal openings and encroachment points with their treatment history and evidence files. Other
 * modules read it through its doors, {@link vn.atgt.thidua.accident.AccidentService} (figures, comparison, goal
 * checks) and {@link vn.atgt.thidua.accident.BlackSpotService}; the pages read
 * {@link vn.atgt.thidua.accident.AccidentQueries} and {@link vn.atgt.thidua.accident.BlackSpotQueries}; who may do
 * what is {@link vn.atgt.thidua.accident.AccidentAccess}'s. It reads campaigns, areas, committees and units only
 * through the campaign and unit modules' services (no SQL over their tables), and evidence files through the common
 * file storage; its rows are record projections.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "campaign", "unit", "common" })
package vn.atgt.thidua.accident;

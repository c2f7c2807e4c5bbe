/**
 * Traffic-accident figures (số liệu tai nạn giao thông) per committee area and accident month — the three criteria
 * (cases, deaths, injured), what the cases include (drink-driving, especially serious, commercial transport cars),
 * collisions apart and an optional breakdown by class — counted under the dated classification rule of their month,
 * entered or imported, confirmed and reopened with their history; their comparison with the same months of the
 * campaign's baseline year and the campaign's goal checks; and the committee's register of black spots, potential
 * accident points, illegal openings and encroachment points with their treatment history and evidence files. Other
 * modules read it through {@link vn.atgt.thidua.accident.AccidentService} and
 * {@link vn.atgt.thidua.accident.BlackSpotService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "campaign", "unit", "common" })
package vn.atgt.thidua.accident;

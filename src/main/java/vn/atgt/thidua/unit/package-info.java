/**
 * Where and who: administrative areas as a dated tree (levels are a catalogue; areas merged in the 2025 reform keep
 * succession links so that 2024 data stays readable in its 2024 shape), the member units of a traffic-safety
 * committee, and the committee itself with its members' roles, its standing office and the names and titles that
 * official documents print. Other modules read units and committees through
 * {@link vn.atgt.thidua.unit.UnitService} and {@link vn.atgt.thidua.unit.CommitteeService}; the administration pages
 * read {@link vn.atgt.thidua.unit.UnitQueries}, and who keeps this data is {@link vn.atgt.thidua.unit.UnitAccess}'s.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package vn.atgt.thidua.unit;

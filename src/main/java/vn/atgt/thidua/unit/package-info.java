/**
 * Where and who: administrative areas as a dated tree (levels are a catalogue; areas merged in the 2025 reform keep
 * succession links so that 2024 data stays readable in its 2024 shape), the member units of a traffic-safety
 * committee, and the committee itself with its members' roles, its standing office and the names and titles that
 * official documents print.
 */
package vn.atgt.thidua.unit;

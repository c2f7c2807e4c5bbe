/**
 * The score table (bảng chấm điểm thi đua) of a campaign and the units' scores on it (DOMAIN.md §1.2, §2): a tree of
 * criteria with maximum points that add up to the table's stated total, bonus criteria under a common cap, deductions
 * per occurrence with their caps, exclusion conditions, and grades as thresholds with a pass mark; built on screen by
 * the standing office or imported from an Excel sheet. Each participating unit self-scores (tự chấm) with an
 * explanation and its evidence, its head submits; the office reviews (thẩm định: adjusts points with a reason, returns,
 * accepts) and records exclusions; the ranking adds the accepted points up ({@link vn.atgt.thidua.scoring.Ranking}).
 * {@link vn.atgt.thidua.scoring.ScoreTableService} and {@link vn.atgt.thidua.scoring.ScoringService} are the doors,
 * {@link vn.atgt.thidua.scoring.ScoringQueries} reads the pages and {@link vn.atgt.thidua.scoring.ScoringAccess} is the
 * one access policy they all ask. Reads only its own tables; participants and units come through the campaign's door.
 * {@link vn.atgt.thidua.scoring.Suggestions} suggests points for the lines that data can inform, through the doors of
 * the report module (targets' progress, reports on time) and the accident module (the area's figures against the
 * baseline); a suggestion is shown, never written into a score. The final ranking feeds the commendation module's
 * suggested nominees through its {@code RankingSource} extension point.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "dashboard", "commendation", "report", "registration", "accident", "campaign", "unit",
		"common" })
package vn.atgt.thidua.scoring;

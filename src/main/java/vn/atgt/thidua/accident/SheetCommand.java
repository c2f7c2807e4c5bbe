package vn.atgt.thidua.accident;

import java.util.Map;

/**
 * What is entered for a month: the breakdown, the source ("Công an huyện, báo cáo số 125/BC-CAH ngày 16/7/2024") and
 * the figures by area id (every commune/town for {@link SheetScope#BY_AREA}, the committee's area alone for
 * {@link SheetScope#WHOLE_AREA}).
 */
public record SheetCommand(SheetScope scope, String source, Map<Long, AccidentFigures> figures) {
}

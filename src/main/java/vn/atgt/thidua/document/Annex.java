package vn.atgt.thidua.document;

import java.util.List;

/**
 * An annex (phụ lục) after the signature, starting on a new page: its label ("PHỤ LỤC", "PHỤ LỤC I"), its title in
 * bold capitals, the line that ties it to its document in italics ("(Kèm theo Kế hoạch số 06/KH-BATGT ngày 21 tháng 6
 * năm 2024 của …)") and its content, usually tables.
 */
public record Annex(String label, String title, String reference, List<Block> body) {

	public Annex {
		body = List.copyOf(body);
	}
}

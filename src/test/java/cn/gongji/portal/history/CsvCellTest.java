package cn.gongji.portal.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11: a cell of the history CSV that a spreadsheet would run as a formula is made inert with a leading
 * apostrophe, also when blanks come first (spreadsheets skip them) or the sign is a full-width one.
 */
class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-A1", "@SUM(A1)", " =1+1", "  +cmd", "\u00A0=1", "\u3000=1", "\t=1",
            "\r=1", "\n=1", "\uFF1D1+1", "\uFF0B1", "\uFF0DA1", "\uFF20SUM(A1)", " \uFF1D1", "\t", "=", "\u3000@x"})
    void aCellThatCouldRunAsAFormulaIsMadeInert(String text) {
        assertThat(HistoryService.cell(text)).matches("(?s)\"?'.*").contains("'" + text.replace("\"", "\"\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-120.00", "120.00", "张磊", "药品 - 阿莫西林", "a=b", "", "  张三"})
    void otherCellsAreLeftAsTheyAre(String text) {
        assertThat(HistoryService.cell(text)).isEqualTo(text);
    }
}

package cn.gridservice.desk.customer.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  @Test
  void quotesCommasLineBreaksAndTheRowNumbersOfTheSpreadsheet() {
    String csv =
        "户号,户名,用电地址\r\n"
            + "3305000001,\"西溪湿地, 管理处\",\"杭州市\"\"西湖区\"\"\"\r\n"
            + "\r\n"
            + "3305000002,\"两行\n地址\",杭州\n";
    List<SheetRow> rows = CsvRows.read(csv.getBytes(StandardCharsets.UTF_8), 100);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).cells()).containsExactly("3305000001", "西溪湿地, 管理处", "杭州市\"西湖区\"");
    assertThat(rows.get(1).number()).isEqualTo(2);
    assertThat(rows.get(2).number()).isEqualTo(4);
    assertThat(rows.get(2).cell(1)).isEqualTo("两行\n地址");
    assertThat(rows.get(2).cell(7)).isEmpty();
  }

  @Test
  void theByteOrderMarkOfExcelIsDropped() {
    byte[] text = "户号,户名\n1,2\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(CsvRows.read(withBom, 10).get(0).cell(0)).isEqualTo("户号");
  }

  @Test
  void aFileSavedAsGbkByChineseExcelIsReadToo() {
    byte[] gbk = "户号,户名\n3305000001,张建华\n".getBytes(CsvRows.GB18030);
    assertThat(CsvRows.read(gbk, 10).get(1).cells()).containsExactly("3305000001", "张建华");
  }

  @Test
  void readingStopsJustPastTheLimit() {
    StringBuilder csv = new StringBuilder("户号\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i).append('\n');
    }
    assertThat(CsvRows.read(csv.toString().getBytes(StandardCharsets.UTF_8), 10)).hasSize(11);
  }
}

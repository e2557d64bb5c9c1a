package cn.gridservice.desk.customer.web;

import cn.gridservice.desk.customer.admin.CustomerImport;
import cn.gridservice.desk.customer.admin.ImportRefused;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** The import page: upload, and the row-by-row report of a refused file. */
@Named
@ViewScoped
public class CustomerImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CustomerImport importer;

  @Inject CurrentUser user;

  private transient Part file;
  private List<ImportRefused.RowProblem> problems = List.of();
  private String refusedSummary;

  public void upload() {
    problems = List.of();
    refusedSummary = null;
    if (file == null || file.getSize() == 0) {
      Messages.invalid(
          "customerImport.failed", InvalidInput.of("file", "invalid.import.fileRequired"));
      return;
    }
    if (file.getSize() > CustomerImport.MAX_BYTES) {
      Messages.invalid(
          "customerImport.failed",
          InvalidInput.of(
              "file", "invalid.import.tooLarge", CustomerImport.MAX_BYTES / (1024 * 1024)));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes(CustomerImport.MAX_BYTES + 1);
      CustomerImport.Imported imported =
          importer.run(file.getSubmittedFileName(), content, user.userId());
      Messages.info("customerImport.done", imported.customers());
    } catch (InvalidInput e) {
      Messages.invalid("customerImport.failed", e);
    } catch (ImportRefused e) {
      problems = e.report(Messages.locale());
      refusedSummary = Messages.text("customerImport.refused", e.rowsRead(), e.badRows());
      Messages.error("customerImport.refused", e.rowsRead(), e.badRows());
    } catch (IOException e) {
      Messages.invalid(
          "customerImport.failed", InvalidInput.of("file", "invalid.import.unreadable"));
    }
  }

  /** The language of the templates offered for download. */
  public String getLanguage() {
    return Messages.locale().getLanguage();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<ImportRefused.RowProblem> getProblems() {
    return problems;
  }

  public String getRefusedSummary() {
    return refusedSummary;
  }
}

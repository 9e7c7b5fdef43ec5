package dk.skolehjem.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The raw engine's document job: the same minutes' length as PDF/A by raw PDFBox, kept as the instance's bytes. */
public class RawPdfStep implements JavaDelegate {

    private static final RawPdf PDF = new RawPdf();

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("pdf", PDF.render(40));
    }
}

package dk.skolehjem.bench;

import dk.skolehjem.SkoleHjemApplication;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** A second benchmark node's main: the first node's engine clock offset (milliseconds), then Skole-hjem as usual. */
public final class BenchNode {

    private BenchNode() {}

    public static void main(String[] args) {
        ClockUtil.offset(Long.parseLong(args[0]));
        SkoleHjemApplication.main(Arrays.copyOfRange(args, 1, args.length));
    }
}

package lamp.display;

import java.util.List;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/**
 * Service provider the rapaio Jupyter kernel finds on its classpath
 * ({@code META-INF/services/org.rapaio.jupyter.kernel.display.spi.DisplayProvider}): Tablesaw tables
 * display as HTML tables and XChart charts as PNG, with nothing to call in the notebook, and every other value
 * as escaped plain text (see {@link RapaioDisplay}).
 */
public final class LampDisplayProvider implements DisplayProvider {

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return RapaioDisplay.renderers();
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return RapaioDisplay.transformers();
    }
}

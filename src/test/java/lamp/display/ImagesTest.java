package lamp.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class ImagesTest {

    static XYChart chart() {
        XYChart c = new XYChartBuilder().width(420).height(260).title("energy").xAxisTitle("t")
                .yAxisTitle("E").build();
        c.addSeries("E", new double[] {0, 1, 2, 3}, new double[] {0, -1, -1.5, -1.6});
        return c;
    }

    @Test
    void pngDecodesToAnImageOfTheChartsSize() throws Exception {
        byte[] png = Images.png(chart());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img, "ImageIO could not decode the PNG");
        assertEquals(420, img.getWidth());
        assertEquals(260, img.getHeight());
        // A chart is not blank: more than one colour appears.
        int first = img.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < img.getHeight() && !varied; y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                if (img.getRGB(x, y) != first) {
                    varied = true;
                    break;
                }
            }
        }
        assertTrue(varied, "the PNG is a single colour");
    }

    @Test
    void base64FormDecodesToTheSameBytes() throws Exception {
        String b64 = Images.pngBase64(chart());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b64)));
        assertNotNull(img);
    }

    @Test
    void svgIsAnSvgDocument() {
        String svg = Images.svg(chart());
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        assertTrue(svg.contains("</svg>"));
        Svg wrapped = Notebook.svg(chart());
        assertEquals(MimeBundle.SVG, MimeBundle.of(wrapped).data().keySet().iterator().next());
    }

    @Test
    void bufferedImagesShowAsPng() throws Exception {
        BufferedImage img = new BufferedImage(28, 14, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(3, 4, 0, 255);
        MimeBundle b = MimeBundle.of(img);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b.get(MimeBundle.PNG))));
        assertEquals(28, back.getWidth());
        assertEquals(255, back.getRaster().getSample(3, 4, 0));
        assertEquals("image 28x14", b.get(MimeBundle.TEXT));
    }

    @Test
    void nullChartIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Images.png((org.knowm.xchart.internal.chartpart.Chart<?, ?>) null));
        assertThrows(IllegalArgumentException.class, () -> Images.png((java.awt.image.RenderedImage) null));
        assertThrows(IllegalArgumentException.class, () -> new Svg("not svg"));
    }
}

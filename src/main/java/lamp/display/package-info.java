/**
 * Notebook display for lamp: Tablesaw tables as HTML, XChart charts as PNG.
 *
 * <p>Two ways in, both free of kernel-specific code in the notebook:
 * <ul>
 *   <li>{@link lamp.display.LampDisplayProvider} is a service provider for the rapaio Jupyter kernel. With
 *       lamp on the kernel's classpath, a cell whose value is a {@code Table} or a chart shows as HTML or PNG
 *       with no glue at all.</li>
 *   <li>{@link lamp.display.Notebook#show(Object)} displays explicitly and works under rapaio, IJava and JJava
 *       (and prints plain text anywhere else). It returns nothing, so no display id leaks into the cell.</li>
 * </ul>
 * The rendering itself ({@link lamp.display.Html}, {@link lamp.display.Images}, {@link lamp.display.MimeBundle})
 * is plain Java and has no kernel dependency.
 */
package lamp.display;

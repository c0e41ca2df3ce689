// Opens a GEXF (or GraphML) file with Gephi's own importer and graph store (the Gephi Toolkit, headless) and prints
// what Gephi made of it as one JSON line: nodes and edges in the graph, node columns, one node's label, colour, size,
// position and kind, and every issue Gephi's import report raised. Run by scripts/gephi/check.ts.
// Usage: java -cp gephi-toolkit-all.jar GephiImport.java <file> [node id]
import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.impl.ImportContainerImpl;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiImport {
  static String str(Object s) {
    return s == null ? "null" : "\"" + s.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }

  /** The node's "kind" attribute, by column title (GraphML names columns by key id, GEXF by attribute id). */
  static Object kind(GraphModel model, Node n) {
    for (Column column : model.getNodeTable()) if ("kind".equals(column.getTitle())) return n.getAttribute(column);
    return null;
  }

  public static void main(String[] args) throws Exception {
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(new File(args[0]));
    if (container == null) {
      System.out.println("{\"error\":\"Gephi found no importer for this file\"}");
      System.exit(1);
    }
    List<String> issues = new ArrayList<>();
    for (Iterator<Issue> it = container.getReport().getIssues(1000); it.hasNext(); ) {
      Issue issue = it.next();
      issues.add(str(issue.getLevel() + ": " + issue.getMessage()));
    }
    // Gephi rescales positions and sizes it finds too spread by default; off, so the check sees what the file holds.
    ((ImportContainerImpl) container).setAutoScale(false);
    importer.process(container, new DefaultProcessor(), workspace);
    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph graph = model.getGraph();
    Node n = args.length > 1 ? graph.getNode(args[1]) : null;
    String node = "null";
    if (n != null) {
      java.awt.Color c = n.getColor();
      node = "{\"label\":" + str(n.getLabel()) + ",\"rgb\":[" + c.getRed() + "," + c.getGreen() + "," + c.getBlue()
          + "],\"size\":" + n.size() + ",\"x\":" + n.x() + ",\"y\":" + n.y() + ",\"kind\":" + str(kind(model, n)) + "}";
    }
    System.out.println("{\"nodes\":" + graph.getNodeCount() + ",\"edges\":" + graph.getEdgeCount() + ",\"nodeColumns\":"
        + model.getNodeTable().countColumns() + ",\"node\":" + node + ",\"issues\":[" + String.join(",", issues) + "]}");
  }
}

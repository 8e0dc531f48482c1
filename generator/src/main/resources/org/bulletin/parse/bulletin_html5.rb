# Bulletin's changes to Asciidoctor's HTML converter, for pages served under a strict
# Content-Security-Policy with nothing from third-party hosts (loaded once per Asciidoctor session by
# org.bulletin.parse.AsciidoctorSession). Every other node is converted exactly as Asciidoctor does.
class BulletinHtml5Converter < (Asciidoctor::Converter.for 'html5')
  register_for 'html5'

  # STEM blocks: the formula's source as readable text (MathJax would come from a CDN).
  def convert_stem node
    id_attribute = node.id ? %( id="#{node.id}") : ''
    title_element = node.title? ? %(<div class="title">#{node.title}</div>\n) : ''
    %(<div#{id_attribute} class="stemblock#{(role = node.role) ? " #{role}" : ''}">
#{title_element}<div class="content">
<pre class="stem">#{stem_text node.lines.join "\n"}</pre>
</div>
</div>)
  end

  # stem:[], latexmath:[] and asciimath:[]: the formula's source as code, without \( \) or \$ delimiters.
  def convert_inline_quoted node
    if node.type == :asciimath || node.type == :latexmath
      id_attr = node.id ? %( id="#{node.id}") : ''
      %(<code#{id_attr} class="stem#{(role = node.role) ? " #{role}" : ''}">#{node.text}</code>)
    else
      super
    end
  end

  # An SVG with opts=inline: an <img> marked for Bulletin, which finds the file where it finds every
  # image (assets/ or beside the document) and puts it into the page cleaned, after conversion.
  def read_svg_contents node, target
    src = node.normalize_web_path target, (node.document.attr 'imagesdir')
    width_attr = (node.attr? 'width') ? %( width="#{node.attr 'width'}") : ''
    height_attr = (node.attr? 'height') ? %( height="#{node.attr 'height'}") : ''
    %(<img src="#{src}" alt="#{encode_attribute_value node.alt}"#{width_attr}#{height_attr} data-bulletin-inline-svg="">)
  end

  private

  def stem_text text
    text = text.strip
    [['\\[', '\\]'], ['\\(', '\\)'], ['\\$', '\\$']].each do |open, close|
      text = text.slice(open.length, text.length - open.length - close.length).strip if (text.start_with? open) && (text.end_with? close) && text.length >= open.length + close.length
    end
    text.gsub('&', '&amp;').gsub('<', '&lt;').gsub('>', '&gt;')
  end
end

// <cip-chart data-option='{…}'>: an Apache ECharts chart as a custom element (DESIGN.md: wrapped once), so a chart
// is drawn whenever the element enters the page, also after Blazor's enhanced navigation patched the DOM, and is
// redrawn when the server sends a new option. ECharts itself loads on first use from wwwroot/lib (no CDN).
(() => {
  let loading = null;
  const loadECharts = () => {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/lib/echarts/echarts.min.js';
        script.onload = () => resolve(window.echarts);
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  };

  class CipChart extends HTMLElement {
    static get observedAttributes() { return ['data-option']; }

    connectedCallback() {
      if (!this.style.height) {
        this.style.display = 'block';
        this.style.height = this.dataset.height || '220px';
      }
      loadECharts().then((echarts) => {
        if (!this.isConnected) {
          return;
        }
        this.chart = this.chart || echarts.init(this);
        this.render();
        this.resizer = this.resizer || new ResizeObserver(() => this.chart && this.chart.resize());
        this.resizer.observe(this);
      });
    }

    disconnectedCallback() {
      this.resizer?.disconnect();
      this.chart?.dispose();
      this.chart = null;
    }

    attributeChangedCallback() {
      this.render();
    }

    render() {
      if (!this.chart || !this.dataset.option) {
        return;
      }
      try {
        this.chart.setOption(JSON.parse(this.dataset.option), true);
      } catch (e) {
        console.error('cip-chart: bad option', e);
      }
    }
  }

  if (!customElements.get('cip-chart')) {
    customElements.define('cip-chart', CipChart);
  }
})();
